import { defineConfig } from 'vitest/config';

// Tests check behaviour, not speed: the timeouts only catch a hang. Many tests start the real server
// and talk to it over HTTP or through Chromium, which takes seconds on a busy 2-core machine.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
