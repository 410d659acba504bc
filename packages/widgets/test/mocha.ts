// The test functions web-test-runner's mocha puts on the page, typed, so that test files import them like any
// other function (and TypeScript does not need mocha's global types for the whole project).
type Test = () => void | Promise<void>;

interface MochaGlobals {
  describe(title: string, suite: () => void): void;
  it(title: string, test: Test): void;
  before(hook: Test): void;
  after(hook: Test): void;
  beforeEach(hook: Test): void;
  afterEach(hook: Test): void;
}

const mocha = globalThis as unknown as MochaGlobals;

// The sources come one module a request, more than the 250 resource entries a page keeps by default: tests that ask
// the page what it fetched (an HTTP client's module, a URL with an e-mail address in it) see every later request.
performance.setResourceTimingBufferSize(10_000);

export const describe: MochaGlobals['describe'] = (title, suite) => mocha.describe(title, suite);
export const it: MochaGlobals['it'] = (title, test) => mocha.it(title, test);
export const before: MochaGlobals['before'] = (hook) => mocha.before(hook);
export const after: MochaGlobals['after'] = (hook) => mocha.after(hook);
export const beforeEach: MochaGlobals['beforeEach'] = (hook) => mocha.beforeEach(hook);
export const afterEach: MochaGlobals['afterEach'] = (hook) => mocha.afterEach(hook);
