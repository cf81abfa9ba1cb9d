import fc from 'fast-check';

// Property tests explore fresh random cases on every local run. In CI (CI=true) they replay
// one fixed seed, so a landing never hangs on a case nobody has seen; FC_SEED picks another
// seed, to replay a failure fast-check reported.
const seed = process.env.FC_SEED ?? (process.env.CI ? '20261125' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
