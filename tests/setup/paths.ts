import { resolve } from 'node:path';

/** Scratch space for test databases and servers; ignored by git, wiped per run. */
export const tmpDir = resolve('tests/.tmp');
export const baseDatabase = resolve(tmpDir, 'base.db');
