export { AsAtControl } from './AsAtControl';
export { HouseholdTimeline } from './HouseholdTimeline';
export { FamilyTable } from './FamilyTable';
export { ChecksPanel } from './ChecksPanel';
export { PublicationToggle } from './PublicationToggle';
export { RelationToSubject } from './RelationToSubject';
