#!/usr/bin/env node
// The `shopkeeper` command (npx shopkeeper ...). The project runs its TypeScript through tsx, so the
// command always runs the code in src/ as it is now: there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
