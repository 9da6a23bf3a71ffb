// What the launcher, the background builder and the snapshot script agree on.

/** Marks where replylint's own arguments start in a snapshot process's argv (not an
 * option: Node reads options up to its first other argument). */
export const SNAPSHOT_ARGS_MARK = 'replylint-snapshot-args';
/** REPLYLINT_SNAPSHOT=0 turns the snapshot off (no use, no build). */
export const SNAPSHOT_ENV = 'REPLYLINT_SNAPSHOT';
/** The user's GLIBC_TUNABLES (JSON, null when unset), kept while huge-pages.ts adds to it. */
export const SAVED_GLIBC_TUNABLES_ENV = 'REPLYLINT_SAVED_GLIBC_TUNABLES';
/**
 * Switches to the plain (slow) analysis paths, read when the analysis modules load: a
 * snapshot has them loaded already, with the builder's values. A run that sets one
 * never starts from a snapshot, and the builder clears them.
 */
export const ANALYSIS_SWITCHES = ['REPLYLINT_PLAIN_SWEEP', 'REPLYLINT_EAGER_TAGGING'] as const;

/**
 * The draft that building lints to warm the CLI up (and the builder's check lints from
 * the new snapshot): it should reach most rules and the analysis they share.
 */
export const WARM_UP_DRAFT = `Hi Sam,

Thanks for reaching out, and I'm sorry your order #4821 arrived broken. I understand how frustrating that is.
You should have checked the box before confirming. Per our policy, refunds take 5-7 business days!!
I'm sorry you feel that way, but there is nothing I can do. Please calm down.
Unfortunately the warehouse team handles this, so you'll need to contact them. We will fix this ASAP.
I've sent a replacement today, and you'll get the tracking number by 5 pm tomorrow. Is there anything else?

Best,
{{agent_name}}
`;
