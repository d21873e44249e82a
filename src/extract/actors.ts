import type { Stage } from './types';

// Placeholder until the actors stage lands.
export const actorsStage: Stage = { name: 'actors', run() {} };
