/**
 * What Outlook shows when the Send handler stops a message (Smart Alerts): the add-in's text,
 * the cancel button (Outlook's "Don't Send", or the add-in's cancelLabel) and, under
 * sendModeOverride PromptUser, "Send Anyway".
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

export type SendOutcome = Office.SmartAlertsEventCompletedOptions;

export function SendDialog({ outcome, onCancel, onSendAnyway }: { outcome: SendOutcome | null; onCancel(): void; onSendAnyway(): void }) {
  const open = outcome !== null && outcome.allowEvent === false;
  const promptUser = outcome?.sendModeOverride === "promptUser";
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface aria-describedby="send-dialog-text">
        <DialogBody>
          <DialogTitle>SafeShare</DialogTitle>
          <DialogContent>
            <p id="send-dialog-text" data-testid="send-dialog-text" style={{ whiteSpace: "pre-wrap" }}>
              {outcome?.errorMessage}
            </p>
          </DialogContent>
          <DialogActions>
            {promptUser && (
              <Button appearance="secondary" onClick={onSendAnyway}>
                Send Anyway
              </Button>
            )}
            <Button appearance="primary" onClick={onCancel}>
              {outcome?.cancelLabel || "Don't Send"}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
