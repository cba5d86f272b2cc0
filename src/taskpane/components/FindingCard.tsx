/** One finding: what is wrong, where, the clause behind it, its fix and a way to dismiss it. */
import { useId, useState } from "react";
import { Badge, Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular, Copy16Regular, Open16Regular } from "@fluentui/react-icons";
import { defaultAgreement, type Agreement } from "../../policy/agreement";
import type { Finding, Fix } from "../../policy/rules/types";
import type { Snapshot } from "../../policy/snapshot";
import { clauseFor } from "../model/clauses";
import { SEVERITY_LABEL } from "../model/findingGroups";
import { excerptAround } from "../model/highlight";
import { DismissForm } from "./DismissForm";
import { OverrideReason } from "./OverrideReason";
import { Excerpt } from "./Excerpt";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    borderRadius: tokens.borderRadiusMedium,
  },
  block: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warn: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  clause: { color: tokens.colorNeutralForeground2, whiteSpace: "pre-wrap" },
  /** The finding "Fix in SafeShare" opened the pane at. */
  focused: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "2px" },
});

const TONE = { block: "danger", warn: "warning", info: "informative" } as const;

export interface FindingActions {
  onFix(finding: Finding, fix: Fix): void;
  onDismiss(finding: Finding, reason: string): void;
  busy: boolean;
  /** Reasons kept for warnings to be sent anyway, by finding id. */
  overrides?: Readonly<Record<string, string>>;
  /** Keeps the reason a warning will be sent anyway; without it warnings take no reason. */
  onOverride?(finding: Finding, reason: string): void;
  /** The agreement the message was judged under: "Why" quotes its clauses unless the finding
   * names another (default: the deployment's). */
  agreement?: Agreement;
  /** Every agreement the pane checks against, to find the one a finding names. */
  agreements?: readonly Agreement[];
}

function FixAction({ finding, fix, actions }: { finding: Finding; fix: Fix; actions: FindingActions }) {
  if (fix.type === "open-form") {
    return fix.url ? (
      <Button as="a" size="small" appearance="primary" icon={<Open16Regular />} href={fix.url} target="_blank" rel="noopener noreferrer">
        {fix.label}
      </Button>
    ) : (
      <Caption1>Use the {fix.name} (the agreement does not give its address).</Caption1>
    );
  }
  if (fix.type === "telephone") {
    return fix.number ? (
      <Button size="small" icon={<Copy16Regular />} disabled={actions.busy} onClick={() => actions.onFix(finding, fix)}>
        {fix.label} ({fix.number})
      </Button>
    ) : (
      <Caption1>{fix.note}</Caption1>
    );
  }
  return (
    <Button size="small" appearance="primary" disabled={actions.busy} onClick={() => actions.onFix(finding, fix)}>
      {fix.label}
    </Button>
  );
}

export function FindingCard({ finding, snapshot, actions, focused = false }: { finding: Finding; snapshot: Snapshot; actions: FindingActions; focused?: boolean }) {
  const styles = useStyles();
  const [showClause, setShowClause] = useState(false);
  const [dismissing, setDismissing] = useState(false);
  const clauseId = useId();
  const named = finding.agreement !== undefined ? actions.agreements?.find((a) => a.id === finding.agreement) : undefined;
  const cited = named ?? actions.agreement ?? defaultAgreement;
  const clause = clauseFor(finding.rule, cited);
  // With several agreements in play, say which one the finding comes from.
  const under = (actions.agreements?.length ?? 0) > 1 ? cited.title : undefined;
  const text = finding.field === "subject" ? snapshot.subject : finding.field === "body" ? snapshot.body : null;
  const excerpt = text !== null && finding.start !== undefined && finding.end !== undefined ? excerptAround(text, finding.start, finding.end) : null;
  return (
    <li
      className={`${styles.card} ${styles[finding.severity]}${focused ? ` ${styles.focused}` : ""}`}
      data-testid="finding"
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-finding-id={finding.id}
      {...(focused ? { "data-focused": "true", tabIndex: -1 } : {})}
    >
      <div className={styles.actions}>
        <Badge appearance="filled" color={TONE[finding.severity]}>
          {SEVERITY_LABEL[finding.severity]}
        </Badge>
        {focused && <Caption1>Send stopped here</Caption1>}
      </div>
      <Body1>{finding.message}</Body1>
      {excerpt && <Excerpt excerpt={excerpt} where={finding.field} />}
      {finding.fix && finding.fix.type === "telephone" && finding.fix.number && <Caption1>{finding.fix.note}</Caption1>}
      <div className={styles.actions}>
        {finding.fix && <FixAction finding={finding} fix={finding.fix} actions={actions} />}
        <Button size="small" appearance="subtle" disabled={actions.busy} aria-expanded={dismissing} onClick={() => setDismissing((d) => !d)} aria-label={`Dismiss: ${finding.message}`}>
          Dismiss…
        </Button>
        {clause && (
          <Button
            size="small"
            appearance="transparent"
            icon={showClause ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
            aria-expanded={showClause}
            aria-controls={clauseId}
            onClick={() => setShowClause((s) => !s)}
          >
            Why
          </Button>
        )}
      </div>
      {clause && showClause && (
        <Caption1 as="p" id={clauseId} className={styles.clause}>
          {under !== undefined && `Under the ${under}. `}
          {clause.found ? `${clause.document}, ${clause.section}: “${clause.text}”` : clause.text}
        </Caption1>
      )}
      {finding.severity === "warn" && actions.onOverride && (
        <OverrideReason key={actions.overrides?.[finding.id] ?? ""} saved={actions.overrides?.[finding.id]} busy={actions.busy} onSave={(reason) => actions.onOverride?.(finding, reason)} />
      )}
      {dismissing && (
        <DismissForm
          onConfirm={(reason) => {
            setDismissing(false);
            actions.onDismiss(finding, reason);
          }}
          onCancel={() => setDismissing(false)}
        />
      )}
    </li>
  );
}
