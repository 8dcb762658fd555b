package io.omegalock.audit;

/**
 * Receives every record as the trail commits it, in call-index order (the streaming trail
 * file is one). Called under the trail's lock, so implementations need no locking of their own.
 */
@FunctionalInterface
public interface TrailSink {

    /**
     * @param record the committed record, call index assigned
     * @throws java.io.UncheckedIOException when the sink cannot store it (the run stops: an
     *     audit that silently loses records is worse than none)
     */
    void accept(AuditRecord record);
}
