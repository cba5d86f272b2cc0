/** The agreement in force and the verdict at a glance, announced in a live region. */
import { Badge, Caption1, MessageBar, MessageBarBody, Spinner, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, DismissCircle20Filled, Warning20Filled } from "@fluentui/react-icons";
import type { AgreementSummary } from "../model/agreementSummary";
import type { PaneVerdict } from "../model/verdictText";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  verdict: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, padding: tokens.spacingVerticalS, borderRadius: tokens.borderRadiusMedium },
  pass: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1 },
  warn: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorNeutralForeground1 },
  block: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  neutral: { backgroundColor: tokens.colorNeutralBackground3 },
});

export function PaneHeader({ agreement, verdict, text, findingCount }: { agreement: AgreementSummary; verdict: PaneVerdict; text: string; findingCount: number }) {
  const styles = useStyles();
  const tone = verdict === "pass" ? styles.pass : verdict === "warn" ? styles.warn : verdict === "block" ? styles.block : styles.neutral;
  return (
    <header className={styles.header}>
      <Title3 as="h1">SafeShare</Title3>
      <Caption1>
        {agreement.title} · version {agreement.version} · review date {agreement.reviewDate}
      </Caption1>
      {agreement.pastReview && (
        <MessageBar intent="warning">
          <MessageBarBody>This agreement was due for review on {agreement.reviewDate}. Check with your information-governance team that it is still in force.</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite" aria-atomic="true" className={`${styles.verdict} ${tone}`}>
        {verdict === "checking" && <Spinner size="tiny" aria-hidden="true" />}
        {verdict === "pass" && <CheckmarkCircle20Filled aria-hidden="true" />}
        {verdict === "warn" && <Warning20Filled aria-hidden="true" />}
        {(verdict === "block" || verdict === "error") && <DismissCircle20Filled aria-hidden="true" />}
        <Text weight="semibold" data-testid="verdict" data-verdict={verdict}>
          {text}
        </Text>
        {(verdict === "block" || verdict === "warn") && (
          <Badge appearance="outline" color={verdict === "block" ? "danger" : "warning"} aria-label={`${findingCount} findings`}>
            {findingCount}
          </Badge>
        )}
      </div>
    </header>
  );
}
