/**
 * The IPS fidelity scale's caseload item: an employment specialist carries at most 20 active participants
 * (IPS fidelity scale item S1 "Caseload size": 5 points for at most 20 active clients per full-time specialist).
 */
export const CASELOAD_TARGET = 20;

/** The most participants one page of the caseload list holds: the API refuses larger pages. */
export const CASELOAD_PAGE_MAX = 200;
