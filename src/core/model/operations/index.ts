// The document's edit operations: pure, each returning a new document (and the ids it creates).
export * from './persons';
export * from './partnerships';
export * from './parentLinks';
export * from './relatives';
export * from './multipleBirths';
export * from './relationshipLines';
export * from './households';
export * from './settings';
export * from './pins';
export * from './removeObjects';
