/** The browser preview: the pane and the sheet over an .xlsx, without Excel. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { PreviewApp } from './components/PreviewApp';
import { WorkerTransport } from './transport';

// ExcelJS and the workbook live in the worker, so a large file never freezes the page.
const transport = new WorkerTransport('preview-worker.js');
const initial = { url: 'examples/futian-2022-department-targets.xlsx', fileName: 'futian-2022-department-targets.xlsx' };

createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>
    <PreviewApp transport={transport} initial={initial} displayLanguage={navigator.language} />
  </FluentProvider>,
);
