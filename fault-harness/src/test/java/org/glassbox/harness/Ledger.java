package org.glassbox.harness;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** What the clients were told: every command answered 2xx (with the event it must have left), and every answer. */
final class Ledger {
    /** A command Glassbox acknowledged: it must be in the event store as this event on this aggregate. */
    record Acknowledged(String step, String aggregateId, String eventType) {
    }

    /** An answer that was neither a success nor a refusal of the request itself. */
    record Failure(String step, int status, String contentType, String body) {
    }

    final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Failure> serverErrors = new ConcurrentLinkedQueue<>();
    final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> freezes = new ConcurrentLinkedQueue<>();
    final AtomicLong workflowsCompleted = new AtomicLong();

    void answered(String step, Api.Reply reply) {
        statuses.computeIfAbsent(reply.status(), s -> new AtomicLong()).incrementAndGet();
        if (reply.status() >= 500) {
            serverErrors.add(new Failure(step, reply.status(), reply.contentType(),
                    reply.body().length() > 300 ? reply.body().substring(0, 300) : reply.body()));
        }
    }

    void acknowledge(String step, String aggregateId, String eventType) {
        acknowledged.add(new Acknowledged(step, aggregateId, eventType));
    }

    long count(int status) {
        AtomicLong n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    long answered() {
        return statuses.entrySet().stream().filter(e -> e.getKey() != 0).mapToLong(e -> e.getValue().get()).sum();
    }

    /** 5xx answers other than 503 problem+json (the only thing an outage may answer). */
    List<Failure> unexpectedServerErrors() {
        return serverErrors.stream().filter(f -> f.status() != 503 || !f.contentType().startsWith("application/problem+json"))
                .toList();
    }

    String statusSummary() {
        StringBuilder summary = new StringBuilder();
        new java.util.TreeMap<>(statuses).forEach((status, n) -> summary.append(summary.isEmpty() ? "" : ", ")
                .append(status == 0 ? "no answer" : status == -1 ? "client error" : String.valueOf(status)).append(": ")
                .append(n.get()));
        return summary.toString();
    }
}
