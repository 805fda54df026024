// Fault injection for tests: only a receiver created with `testing: true`
// (the test runner's, or `RECEIVER_FAULTS=1 npm start`) has it.

/** A 400 for bad settings. */
class HttpProblem extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

const FAILURE_STATUSES = [429, 500, 502, 503, 504];
const FIELDS = {
  /** Answer the next N requests with `status` instead of handling them. */
  failNext: [0, 1000],
  /** 503 (default) or 429, or another 5xx. */
  status: [429, 504],
  /** Seconds, sent as `Retry-After` with the failures. */
  retryAfter: [0, 86_400],
  /** Wait this long before every answer. */
  delayMs: [0, 60_000],
  /** Read each request's body slowly, waiting this long before each chunk: an upload still in progress (Node's chunks are up to 64 KB). */
  bodyDelayMs: [0, 10_000],
  /** Hold each new case this long between claiming its idempotency key and storing it (a request in progress). */
  holdMs: [0, 60_000],
  /**
   * Store the next N cases, then drop the connection without answering; the
   * answer for those cases stays lost (replays are dropped too) until reset,
   * so a browser's transparent resend of the same request cannot hide the drop.
   */
  dropAfterStore: [0, 1000],
};

const initial = () => ({ failNext: 0, status: 503, retryAfter: undefined, delayMs: 0, bodyDelayMs: 0, holdMs: 0, dropAfterStore: 0 });

export function createFaults() {
  let state = initial();
  /** Idempotency keys whose answers are being dropped. */
  let lost = new Set();
  return {
    /** Merges settings from `POST /api/__faults`; a 400 for anything unexpected. */
    set(settings) {
      const next = { ...state };
      for (const [key, value] of Object.entries(settings)) {
        const range = FIELDS[key];
        if (!range) throw new HttpProblem(400, `Unknown fault setting "${key}"; expected ${Object.keys(FIELDS).join(', ')}.`);
        if (!Number.isInteger(value) || value < range[0] || value > range[1]) {
          throw new HttpProblem(400, `"${key}" must be a whole number from ${range[0]} to ${range[1]}.`);
        }
        if (key === 'status' && !FAILURE_STATUSES.includes(value)) {
          throw new HttpProblem(400, `"status" must be one of ${FAILURE_STATUSES.join(', ')}.`);
        }
        next[key] = value;
      }
      state = next;
      return this.state();
    },
    reset() {
      state = initial();
      lost = new Set();
      return this.state();
    },
    state: () => ({ ...state }),
    /** The injected failure for this request, if one is due. */
    takeFailure() {
      if (state.failNext <= 0) return undefined;
      state.failNext--;
      const headers = state.retryAfter !== undefined ? { 'Retry-After': String(state.retryAfter) } : {};
      return { status: state.status, headers };
    },
    /** Whether to drop the connection after storing a case (`replayed`: the stored case, answered again). */
    drops(idempotencyKey, replayed) {
      if (replayed) return lost.has(idempotencyKey);
      if (state.dropAfterStore <= 0) return false;
      state.dropAfterStore--;
      if (idempotencyKey) lost.add(idempotencyKey);
      return true;
    },
    delayMs: () => state.delayMs,
    /** The request, its body read slowly (`bodyDelayMs`), so that the client is still sending it. */
    slowBody(request) {
      const ms = state.bodyDelayMs;
      if (!ms || !request.body) return request;
      const slow = new TransformStream({ transform: (chunk, controller) => new Promise((resolve) => setTimeout(() => { controller.enqueue(chunk); resolve(); }, ms)) });
      return new Request(request, { body: request.body.pipeThrough(slow), duplex: 'half' });
    },
    /** The store, with new cases held for `holdMs` before they are stored. */
    wrapStore(store) {
      return {
        ...store,
        createCase: async (input) => {
          if (state.holdMs) await new Promise((resolve) => setTimeout(resolve, state.holdMs));
          return store.createCase(input);
        },
      };
    },
  };
}
