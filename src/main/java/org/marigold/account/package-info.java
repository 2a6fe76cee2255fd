/**
 * People and how they prove who they are: accounts, profiles, password hashing and login throttling,
 * personal API tokens, and the Jakarta Security mechanism and identity stores that use them.
 */
package org.marigold.account;
