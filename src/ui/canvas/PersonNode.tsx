import { memo } from 'react';
import type { NodeProps, Node } from '@xyflow/react';

export type PersonNodeData = { label: string; description: string };
export type PersonFlowNode = Node<PersonNodeData, 'person'>;

/**
 * The interactive target over a person's symbol. It draws nothing of the
 * genogram itself (the Scene layer does, so canvas and export are one drawing);
 * it carries focus, selection, dragging and the accessible name.
 */
function PersonNodeView({ data, selected }: NodeProps<PersonFlowNode>) {
  return (
    <div
      className={selected ? 'person-node person-node--selected' : 'person-node'}
      data-testid="person-node"
      aria-label={data.description}
      title={data.description}
    />
  );
}

export const PersonNode = memo(PersonNodeView);
