import { shorthands, tokens } from '@fluentui/react-components';

/** A column of controls with room around it: the settings, the comparison, the preview's pairs. */
export const PANEL_COLUMN = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
} as const;

/** The same column in a rounded frame, for panels that open inside the pane. */
export const FRAMED_PANEL = {
  ...PANEL_COLUMN,
  ...shorthands.border('1px', 'solid', tokens.colorNeutralStroke2),
  borderRadius: tokens.borderRadiusMedium,
} as const;
