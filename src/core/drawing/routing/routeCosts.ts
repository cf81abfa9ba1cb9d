// What a relationship line's route costs, in units of length. The search minimises the sum,
// so these numbers are the router's whole idea of a good route: short, few bends, down the
// middle of open corridors, crossing few lines, never alongside one, never through anything.

/** Space kept between a route and anything it must not enter (a zigzag swings 4 either side). */
export const CLEARANCE = 6;
/** A route leaves a symbol straight out for this long before it may turn (room for the arrowhead). */
export const STUB = 18;
/** The route ends this far off the symbol's outline, so line and outline do not merge. */
export const EDGE_GAP = 2;
/** One bend costs as much as this much length: routes with few bends read more easily. */
export const BEND = 40;
/** Crossing another line. */
export const CROSSING = 12;
/**
 * Passing within JUNCTION_REACH of where another line ends or turns: a route through the
 * foot of a child's line, or a bar's end, would read as part of that family's lines.
 */
export const JUNCTION = 60;
export const JUNCTION_REACH = 10;
/**
 * Running closer than OPEN_WIDTH to an obstacle costs up to CROWDING times the length again,
 * so routes take the middle of the corridors between rows and the wider gaps between people.
 */
export const OPEN_WIDTH = 40;
export const CROWDING = 1.5;
/** Entering an obstacle: only when no route exists without (the least bad route is then drawn). */
export const BLOCKED_PER_UNIT = 1e4;
/** Running alongside a taken line closer than it asks: only when every way round is far longer. */
export const CLOSE_PER_UNIT = 100;
/** Parallel tracks beside a taken line are offered this much beyond its keep-apart distance. */
export const TRACK_MARGIN = 2;
/** Relationship lines keep this far apart from each other where they run side by side (a zigzag swings 4 either side). */
export const RELATIONSHIP_APART = 14;
/** And this far from partner and child lines, so they never read as one of them. */
export const STRUCTURE_APART = 16;
/** The first window reaches this far around the two people; each retry is three times wider. */
export const FIRST_MARGIN = 140;
