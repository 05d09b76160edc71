import { mkdirSync, rmSync } from 'node:fs';
import { SCREENSHOTS } from './support';

/** Starts every run with an empty screenshots folder. */
export default function globalSetup() {
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
}
