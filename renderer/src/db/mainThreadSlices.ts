/**
 * Long loops of the store that run in the page (the audit verification at start, a backup's
 * check of every case) give the main thread back every `sliceMs`, so that no task of theirs
 * holds input and painting for longer than that: `await slices.next()` inside the loop yields
 * only once the slice has run out. The yield is a message to the page itself (no timer clamp
 * of 4 ms), so a loop over 100,000 cases loses next to nothing to it.
 */
export interface TimeSlices {
  next(): Promise<void>;
}

export function timeSlices(sliceMs = 25): TimeSlices {
  let sliceStarted = performance.now();
  return {
    async next() {
      if (performance.now() - sliceStarted < sliceMs) return;
      await new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve();
        };
        channel.port2.postMessage(undefined);
      });
      sliceStarted = performance.now();
    },
  };
}
