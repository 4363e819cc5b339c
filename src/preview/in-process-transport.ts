import { Op, Requests, Transport } from './protocol';
import { RemoteFailure } from './transport';
import { WorkbookService } from './workbook-service';

/** The same service on the calling thread: for tests, and for pages without workers. */
export class InProcessTransport implements Transport {
  private readonly service = new WorkbookService();
  private next = 1;

  async call<K extends Op>(op: K, args: Requests[K]['args']): Promise<Requests[K]['result']> {
    const response = await this.service.respond({ id: this.next++, op, args });
    if (!response.ok) throw new RemoteFailure(response.error);
    return response.result as Requests[K]['result'];
  }
}
