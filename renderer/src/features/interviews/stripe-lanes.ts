/** Lanes for the coding stripes: stripes that overlap vertically stand side by side. */
export interface StripeSpan {
  key: string;
  colour: string;
  label: string;
  top: number;
  bottom: number;
}

export interface Stripe extends StripeSpan {
  /** 0 is nearest the text. */
  lane: number;
}

export function stripeLanes(spans: readonly StripeSpan[]): Stripe[] {
  const laneEnds: number[] = [];
  return [...spans]
    .sort((a, b) => a.top - b.top || b.bottom - a.bottom)
    .map((span) => {
      let lane = laneEnds.findIndex((end) => end <= span.top);
      if (lane < 0) lane = laneEnds.length;
      laneEnds[lane] = span.bottom;
      return { ...span, lane };
    });
}
