import { Op, RemoteError, Request, Requests, Response, Transport } from './protocol';

/** A failure the worker reported, with its kind and code. */
export class RemoteFailure extends Error {
  constructor(readonly error: RemoteError) {
    super(`${error.kind}:${error.code}${error.detail ? ` ${error.detail}` : ''}`);
  }
}

/** Requests to the preview worker (preview-worker.js, next to the page). */
export class WorkerTransport implements Transport {
  private next = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void }>();
  private readonly worker: Worker;

  constructor(url = 'preview-worker.js') {
    this.worker = new Worker(url);
    this.worker.onmessage = (e: MessageEvent<Response>) => {
      const waiting = this.pending.get(e.data.id);
      if (!waiting) return;
      this.pending.delete(e.data.id);
      if (e.data.ok) waiting.resolve(e.data.result);
      else waiting.reject(new RemoteFailure(e.data.error));
    };
  }

  call<K extends Op>(op: K, args: Requests[K]['args'], transfer: Transferable[] = []): Promise<Requests[K]['result']> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, op, args } satisfies Request<K>, transfer);
    });
  }
}
