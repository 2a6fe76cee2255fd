/** The demo community a newcomer finds on first start (only when {@code marigold.demo-data=true}). */
package org.marigold.demo;
