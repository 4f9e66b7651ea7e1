/** `no_stream`: the stream must not exist yet; a number: the revision of its last event; `any`: no check. */
export type ExpectedRevision = 'no_stream' | 'any' | number;
