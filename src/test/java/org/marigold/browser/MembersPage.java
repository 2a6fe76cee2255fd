package org.marigold.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** community/members.xhtml: who belongs, their roles, and invitation links. */
public final class MembersPage {

    private final Browser browser;

    public MembersPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.id("members:memberTable"));
    }

    /** Creates an invitation link for the chosen role and reads it off the page. */
    public String invitationLink(String roleLabel) {
        browser.choose("invite:role", roleLabel);
        browser.click(By.id("invite:create"));
        return browser.text(By.id("invitationLink"));
    }

    public void reload() {
        browser.driver().navigate().refresh();
        browser.visible(By.id("members:memberTable"));
    }

    /** The role shown beside this person's name, or null when they are not listed. */
    public String roleOf(String name) {
        WebElement row = row(name);
        return row == null ? null : row.findElement(By.className("member-role")).getText();
    }

    public void changeRole(String name, String roleLabel) {
        WebElement row = row(name);
        String menuId = row.findElement(By.cssSelector("[id$='roleMenu']")).getAttribute("id");
        browser.click(By.id(menuId + "_button"));
        browser.click(By.xpath("//*[@id='" + menuId + "_menu']//a[normalize-space(.)='" + roleLabel + "']"));
        browser.waitForText(name + "’s role is changed.");
    }

    private WebElement row(String name) {
        return browser.all(By.cssSelector("#members\\:memberTable tbody tr")).stream()
                .filter(tr -> !tr.findElements(By.className("member-name")).isEmpty())
                .filter(tr -> tr.findElement(By.className("member-name")).getText().equals(name))
                .findFirst().orElse(null);
    }
}
