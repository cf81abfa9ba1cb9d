import { ReactFlowProvider } from '@xyflow/react';
import { GenogramCanvas } from './canvas/GenogramCanvas';
import { SidePanel } from './shell/SidePanel';
import { TopBar } from './shell/TopBar';

export function App() {
  return (
    <ReactFlowProvider>
      <div className="app">
        <TopBar />
        <main className="app__main">
          <GenogramCanvas />
          <SidePanel />
        </main>
      </div>
    </ReactFlowProvider>
  );
}
