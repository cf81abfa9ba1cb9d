import { ReactFlowProvider } from '@xyflow/react';
import { GenogramCanvas } from './canvas/GenogramCanvas';
import { SidePanel } from './shell/SidePanel';
import { TopBar } from './shell/TopBar';
import { BottomPanel } from './shell/BottomPanel';
import { KeyboardShortcuts } from './keyboard/KeyboardShortcuts';
import { AuthoringDialogs } from './dialogs/AuthoringDialogs';
import { ExportDialog } from './export/ExportDialog';

export function App() {
  return (
    <ReactFlowProvider>
      <div className="app">
        <TopBar />
        <main className="app__main">
          <div className="app__work">
            <GenogramCanvas />
            <BottomPanel />
          </div>
          <SidePanel />
        </main>
        <KeyboardShortcuts />
        <AuthoringDialogs />
        <ExportDialog />
      </div>
    </ReactFlowProvider>
  );
}
