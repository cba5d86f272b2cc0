/** The preview's task pane page (in an iframe): the real pane against the page's simulated Office. */
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { PaneHost, type OfficeHostLike } from "../taskpane/PaneHost";
import { bridgeOf, type PreviewBridge } from "./bridge";

function PreviewPane({ bridge }: { bridge: PreviewBridge }) {
  const [dark, setDark] = useState(bridge.office.context.officeTheme.isDarkTheme);
  useEffect(() => bridge.onThemeChange((theme) => setDark(theme === "dark")), [bridge]);
  return <PaneHost office={bridge.office as unknown as OfficeHostLike} dark={dark} now={bridge.now} onChecked={bridge.reportCheck} />;
}

const container = document.getElementById("root");
const bridge = window.parent !== window ? bridgeOf(window.parent) : undefined;
if (container) {
  createRoot(container).render(bridge ? <PreviewPane bridge={bridge} /> : <PaneHost office={{}} />);
}
