/** The add-in's task pane in Excel: waits for office.js, then renders the pane over ExcelHost. */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { ExcelHost } from '../hosts/excel/excel-host';
import { App } from './components/App';
import { isDarkBackground } from './theme';

Office.onReady((info) => {
  const root = createRoot(document.getElementById('root')!);
  if (info.host !== Office.HostType.Excel) {
    root.render(<p>绩效表校验助手需要在 Excel 中运行。Budget Table Checker runs in Excel.</p>);
    return;
  }
  const dark = isDarkBackground(Office.context.officeTheme?.bodyBackgroundColor);
  const validateOnOpen = new URLSearchParams(window.location.search).get('command') === 'validate';
  root.render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <App host={new ExcelHost()} displayLanguage={Office.context.displayLanguage} validateOnOpen={validateOnOpen} />
    </FluentProvider>,
  );
});
