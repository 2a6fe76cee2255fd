package org.marigold.mail;

import java.time.Instant;

/** Mail to {@code address} could not be delivered, for good (fired in the transaction that records it). */
public record AddressBounced(String address, String reason, Instant at) {
}
