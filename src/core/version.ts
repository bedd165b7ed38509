import pkg from '../../package.json' with { type: 'json' };

export const AIGIS_VERSION: string = pkg.version;
