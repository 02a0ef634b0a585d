import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

/*
 * A console.error during a test is a failure unless the test says it expects one
 * (by mocking console.error itself), as in the Epic Stack.
 */
let spy: MockInstance<typeof console.error>;

beforeEach(() => {
  spy = vi.spyOn(console, 'error');
  spy.mockImplementation((...args: unknown[]) => {
    spy.mockRestore();
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  spy.mockRestore();
});
