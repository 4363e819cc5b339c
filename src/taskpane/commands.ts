/** Ribbon commands without a pane (ExecuteFunction): 清除标记 / Clear marks. */
import { ExcelHost } from '../hosts/excel/excel-host';

function clearMarks(event: Office.AddinCommands.Event): void {
  // A failure has nowhere to be shown from a ribbon button; the pane reports errors when open.
  new ExcelHost()
    .clearMarks()
    .catch(() => undefined)
    .finally(() => event.completed());
}

Office.onReady(() => {
  Office.actions.associate('clearMarks', clearMarks);
});
