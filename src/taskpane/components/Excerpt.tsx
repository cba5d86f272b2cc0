/** The subject or body text around a finding, the offending part marked. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Excerpt as ExcerptModel } from "../model/highlight";

const useStyles = makeStyles({
  excerpt: { display: "block", padding: tokens.spacingVerticalXS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall, overflowWrap: "anywhere" },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: "underline",
    textDecorationStyle: "wavy",
    textDecorationColor: tokens.colorPaletteRedBorder2,
  },
});

export function Excerpt({ excerpt, where }: { excerpt: ExcerptModel; where: string }) {
  const styles = useStyles();
  return (
    <Caption1 as="p" className={styles.excerpt} aria-label={`In the ${where}: ${excerpt.match}`}>
      {excerpt.clippedStart && "…"}
      {excerpt.before}
      <mark className={styles.mark}>{excerpt.match}</mark>
      {excerpt.after}
      {excerpt.clippedEnd && "…"}
    </Caption1>
  );
}
