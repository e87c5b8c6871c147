package io.kube9.core.live;

/**
 * What keeping listings current costs and did, since the engine started (tests and benchmarks read it).
 *
 * @param watching       listings followed by a watch now
 * @param polling        listings followed by polling now
 * @param openStreams    watch requests open on the wire now
 * @param watchesStarted watch requests started
 * @param relists        listings read anew (410 Gone, reconnection, silence)
 * @param events         watch events applied (bookmarks not counted)
 * @param bookmarks      bookmarks received
 * @param reconnects     reconnection attempts after a lost connection
 * @param readerThreads  threads the live engine holds now (stream readers, idle ones for a few seconds, its timer)
 */
public record LiveStatistics(int watching, int polling, int openStreams, long watchesStarted, long relists,
		long events, long bookmarks, long reconnects, int readerThreads) {
}
