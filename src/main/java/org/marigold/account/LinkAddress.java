package org.marigold.account;

/** Makes a mailed link's address from its secret (the page that reads it, on this server's public address). */
@FunctionalInterface
public interface LinkAddress {
    String of(String secret);
}
