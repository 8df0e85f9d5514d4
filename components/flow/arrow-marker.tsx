/** An arrowhead for the map's paths, drawn at the end of any path with `markerEnd="url(#id)"`. */
export function ArrowMarker({
  id,
  size,
  className,
}: {
  id: string;
  size: number;
  className: string;
}) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerWidth={size}
      markerHeight={size}
      orient="auto-start-reverse"
    >
      <path d="M0 0 L10 5 L0 10 z" className={className} />
    </marker>
  );
}
