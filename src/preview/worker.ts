/** The preview's worker: holds the workbook so that reading a large file never freezes the page. */
import { Request } from './protocol';
import { WorkbookService } from './workbook-service';

const service = new WorkbookService();
const scope = self as unknown as { onmessage: ((e: MessageEvent<Request>) => void) | null; postMessage(message: unknown, transfer?: Transferable[]): void };

scope.onmessage = (e) => {
  void service.respond(e.data).then((response) => {
    const result = response.ok ? (response.result as { bytes?: unknown } | null) : null;
    const bytes = result instanceof ArrayBuffer ? result : result?.bytes instanceof ArrayBuffer ? result.bytes : null;
    const transfer = bytes ? [bytes] : [];
    scope.postMessage(response, transfer);
  });
};
