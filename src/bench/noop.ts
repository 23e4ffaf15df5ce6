/** Does nothing: the baseline for Node's own start-up, run compiled (see cold-start.ts). */
export {};
