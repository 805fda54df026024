// The reference receiver: what a back end for <repair-request> does, in plain
// Node 20. It validates each request with the widget's own schema (the
// `schema` entry point), checks the real type and size of the proof of
// purchase, stores the case durably (append-only JSON Lines + files) and
// answers `201 { caseNumber }`; the same Idempotency-Key always gets the same
// case. Every failure is an `application/problem+json` answer, never a crash.
//
// `npm start` mounts it next to the demo page (demo/server.mjs); the test
// runner mounts its own, with fault injection (web-test-runner.config.mjs).
import { demoDataDir } from './data-dir.mjs';
import { createFaults } from './receiver/faults.mjs';
import { contentMatchesName, safeFileName, sha256 } from './receiver/files.mjs';
import {
  HttpProblem, PROBLEM, bodyKind, drain, json, parseJsonObject, problem, readBody, respond,
} from './receiver/http.mjs';
import { fingerprint, idempotencyKey } from './receiver/idempotency.mjs';
import { englishMessage } from './receiver/messages.mjs';
import { parseMultipart } from './receiver/multipart.mjs';
import { loadSchema } from './receiver/schema.mjs';
import { newCaseNumber, openStore } from './receiver/store.mjs';

export { newCaseNumber };

const MB = 1024 * 1024;
/** Largest body (a request with its file) and largest JSON (body or part). Files: the configuration's `files.maxBytes`. */
export const LIMITS = { body: 26 * MB, json: 1 * MB };

export const REPAIR_PATH = '/api/repair-requests';
export const CONTACT_PATH = '/api/contact';
const TEST_PREFIX = '/api/__';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A receiver with its own data folder.
 * - `dataDir`: where cases.jsonl, contact.jsonl and files/ live (default: demo/data-dir.mjs, outside the project).
 * - `testing`: enables fault injection and the `/api/__*` test endpoints.
 * - `config`: the widget configuration it validates against (default: the widget's default).
 * - `log`: one line per stored case or message.
 */
export function createReceiver({ dataDir = demoDataDir(), testing = false, config: hostConfig, log = true } = {}) {
  const faults = testing ? createFaults() : undefined;

  let starting;
  const ready = () => (starting ??= start().catch((error) => {
    starting = undefined;
    throw error;
  }));
  async function start() {
    const [schema, store] = await Promise.all([loadSchema(), openStore(dataDir)]);
    const config = hostConfig ?? schema.defaultConfig;
    const contact = schema.createServerContactSchema(config);
    let today;
    let repair;
    /** The request schema, rebuilt when the date changes (dates may not be in the future). */
    const repairSchema = () => {
      const now = schema.latestToday();
      if (now !== today) [today, repair] = [now, schema.createServerSchema(config, now)];
      return repair;
    };
    return { schema, store, config, repairSchema, contactSchema: () => contact };
  }
  ready().catch((error) => console.error('[receiver] could not start:', error));

  const fieldErrors = (errors, config) => errors.map((e) => ({ ...e, message: englishMessage(e.code, config) }));

  /** 422 with the field errors, in the format the widget reads. */
  const invalid = (errors, config, detail = 'Some answers are not valid: see `errors`.') =>
    new HttpProblem(422, detail, { type: PROBLEM.validation, title: 'Invalid answers', errors: fieldErrors(errors, config) });

  /** The validated data; 400 for unknown fields or a shape the schema cannot read, 422 for invalid answers. */
  function validate({ schema, config }, zodSchema, data, what) {
    let result;
    try {
      result = zodSchema.safeParse(data);
    } catch (error) {
      console.error('[receiver] the schema threw on a request:', error);
      throw new HttpProblem(400, `${what} does not have the expected shape.`);
    }
    if (result.success) return result.data;
    const { unknownFields, errors } = schema.serverIssues(result.error.issues, data);
    if (unknownFields.length) {
      throw new HttpProblem(400, `${what} has fields the receiver does not know: ${unknownFields.join(', ')}.`, {
        type: PROBLEM.unknownFields,
        title: 'Unknown fields',
        errors: fieldErrors(unknownFields.map((path) => ({ path, code: 'unknown_field' })), config),
      });
    }
    throw invalid(errors, config);
  }

  /** A received file, if its content is what its name says; else a 422 on `path`. */
  function checkedFile(part, name, path, config) {
    const { ok, detected, extension } = contentMatchesName(part.data, name, config.files.extensions);
    if (!ok) {
      throw invalid([{ path, code: 'file_type' }], config,
        `The file "${name}" holds ${detected.type} content, which is not an accepted file of that name.`);
    }
    return {
      part: part.name, name, size: part.data.length, type: detected.type, declaredType: part.contentType,
      sha256: sha256(part.data), storedName: safeFileName(name, extension), data: part.data,
    };
  }

  /** The JSON and the file part of a body, JSON or multipart. */
  async function readRequest(req, type, jsonPart, config) {
    const what = type.kind === 'json' ? 'The request body' : `The "${jsonPart}" part`;
    const body = await readBody(req, type.kind === 'json' ? LIMITS.json : LIMITS.body, 'The request body');
    if (type.kind === 'json') return { data: parseJsonObject(body, what), what };
    const parts = parseMultipart(body, type.boundary, {
      [jsonPart]: { max: LIMITS.json, what },
      proofOfPurchase: { max: config.files.maxBytes, what: 'The "proofOfPurchase" file' },
    });
    const json = parts.find((p) => p.name === jsonPart);
    if (!json) throw new HttpProblem(400, `The multipart body has no "${jsonPart}" part (the JSON).`);
    return { data: parseJsonObject(json.data, what), what, file: parts.find((p) => p.name === 'proofOfPurchase') };
  }

  /** The start every public endpoint shares: injected failures, method, content type. */
  function admit(req, action) {
    const failure = faults?.takeFailure();
    if (failure) {
      return problem(failure.status, 'Injected failure (test fault injection).', { headers: failure.headers });
    }
    if (req.method !== 'POST') throw new HttpProblem(405, `Send ${action} with POST.`, { headers: { Allow: 'POST' } });
    return undefined;
  }

  /** `POST /api/repair-requests`. */
  async function repairRequest(req) {
    const injected = admit(req, 'the repair request');
    if (injected) return injected;
    const type = bodyKind(req.headers['content-type']);
    const key = idempotencyKey(req.headers['idempotency-key']);
    const context = await ready();
    const { store, config } = context;
    const { data, what, file } = await readRequest(req, type, 'request', config);
    const request = validate(context, context.repairSchema(), data, 'The repair request');
    const described = request.malfunction.proofOfPurchase;
    if (described && !file) {
      throw new HttpProblem(400, 'malfunction.proofOfPurchase describes a file, but there is no "proofOfPurchase" part: send the file with multipart/form-data.');
    }
    if (file && !described) throw new HttpProblem(400, `A "proofOfPurchase" part was sent, but ${what} does not describe it in malfunction.proofOfPurchase.`);
    const files = [];
    if (file) {
      if (file.data.length !== described.size) {
        throw new HttpProblem(400, `The "proofOfPurchase" part has ${file.data.length} bytes; malfunction.proofOfPurchase.size says ${described.size}.`);
      }
      files.push(checkedFile(file, described.name, 'malfunction.proofOfPurchase', config));
    }
    const { outcome, record } = await store.createCase({ idempotencyKey: key, fingerprint: fingerprint(data, files), request }, files);
    if (outcome === 'conflict') {
      throw new HttpProblem(409, 'This Idempotency-Key was already used for a different request. A key is for one request: use a new key for a new request.', {
        type: PROBLEM.idempotencyConflict, title: 'Idempotency key reused',
      });
    }
    if (outcome === 'created' && log) {
      console.info(`[receiver] case ${record.caseNumber} stored (${type.kind}${files.length ? ', 1 file' : ''})`);
    }
    if (faults?.drops(key, outcome === 'replayed')) return { drop: true };
    return json(201, { caseNumber: record.caseNumber }, outcome === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {});
  }

  /** `POST /api/contact`. */
  async function contactMessage(req) {
    const injected = admit(req, 'the message');
    if (injected) return injected;
    const type = bodyKind(req.headers['content-type']);
    const context = await ready();
    const { store, config } = context;
    const { data, file } = await readRequest(req, type, 'message', config);
    const message = validate(context, context.contactSchema(), data, 'The message');
    const files = [];
    if (file) {
      if (!file.filename) throw new HttpProblem(400, 'The "proofOfPurchase" part has no file name.');
      files.push(checkedFile(file, file.filename, 'proofOfPurchase', config));
    }
    const record = await store.createMessage(message, files);
    if (log) console.info(`[receiver] message ${record.id} stored`);
    return json(201, { ok: true });
  }

  /** `/api/__faults`, `/api/__reset`, `/api/__cases`: for tests only. */
  async function testApi(req) {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (!faults) throw new HttpProblem(404, `No endpoint at ${pathname}.`);
    const only = (method) => {
      if (req.method !== method) throw new HttpProblem(405, `Use ${method}.`, { headers: { Allow: method } });
    };
    if (pathname === '/api/__faults') {
      only('POST');
      const body = await readBody(req, 64 * 1024, 'The fault settings');
      return json(200, { faults: faults.set(parseJsonObject(body, 'The fault settings')) });
    }
    if (pathname === '/api/__reset') {
      only('POST');
      return json(200, { faults: faults.reset() });
    }
    if (pathname === '/api/__cases') {
      only('GET');
      const { store } = await ready();
      const cases = store.cases().map(({ caseNumber, idempotencyKey: key, receivedAt, files }) => ({
        caseNumber, idempotencyKey: key ?? null, receivedAt,
        files: files.map(({ name, size, type, storedAs }) => ({ name, size, type, storedAs })),
      }));
      return json(200, { count: cases.length, cases, contactCount: store.contactCount() });
    }
    throw new HttpProblem(404, `No test endpoint at ${pathname}.`);
  }

  /** Runs a handler and writes its answer; whatever happens, the process keeps running. */
  const guarded = (handler, { delayed }) => async (req, res) => {
    req.on('error', () => {});
    res.on('error', () => {});
    let answer;
    let close = false;
    try {
      answer = await handler(req);
    } catch (error) {
      if (error instanceof HttpProblem) {
        answer = error.response;
        close = !!error.close;
      } else if (error?.clientGone) {
        return; // nobody left to answer
      } else {
        console.error('[receiver] unexpected error:', error);
        answer = problem(500, 'The receiver could not handle the request; the error is in its log.');
      }
    }
    try {
      const delay = delayed ? faults?.delayMs() : 0;
      if (delay) await sleep(delay);
      if (answer.drop) {
        res.destroy();
        return;
      }
      // Answer after the whole body has arrived, so the client reads the answer instead of a reset.
      if (!close && !req.complete) close = !(await drain(req));
      respond(res, answer, { close });
    } catch (error) {
      console.error('[receiver] could not answer:', error);
      res.destroy();
    }
  };

  const handleRepairRequest = guarded(repairRequest, { delayed: true });
  const handleContactMessage = guarded(contactMessage, { delayed: true });
  const handleTestApi = guarded(testApi, { delayed: false });

  return {
    handleRepairRequest,
    handleContactMessage,
    handleTestApi,
    /** Whether `handle` answers this path. */
    handles(pathname) {
      return pathname === REPAIR_PATH || pathname === CONTACT_PATH || (testing && pathname.startsWith(TEST_PREFIX));
    },
    /** Routes a request to its endpoint; resolves when answered. */
    handle(req, res) {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      if (pathname === REPAIR_PATH) return handleRepairRequest(req, res);
      if (pathname === CONTACT_PATH) return handleContactMessage(req, res);
      return handleTestApi(req, res);
    },
    /** Resolves when the schema is loaded and the data folder read. */
    ready: () => ready().then(() => undefined),
  };
}

let shared;
/** The receiver of `npm start`: data in REPAIR_REQUEST_DATA_DIR (see demo/data-dir.mjs), faults with RECEIVER_FAULTS=1. */
export function defaultReceiver() {
  shared ??= createReceiver({
    dataDir: demoDataDir(),
    testing: process.env.RECEIVER_FAULTS === '1',
  });
  return shared;
}

/** `POST /api/repair-requests` of the default receiver. */
export const handleRepairRequest = (req, res) => defaultReceiver().handleRepairRequest(req, res);
/** `POST /api/contact` of the default receiver. */
export const handleContactMessage = (req, res) => defaultReceiver().handleContactMessage(req, res);
