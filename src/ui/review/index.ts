export { AsAtControl } from './AsAtControl';
export { HouseholdTimeline } from './HouseholdTimeline';
export { CompositionTable } from './CompositionTable';
export { ChecksPanel } from './ChecksPanel';
export { PublicationToggle } from './PublicationToggle';
export { RelationToSubject } from './RelationToSubject';
