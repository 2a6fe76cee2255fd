package org.marigold.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Faces creates every view in the language {@link Language} decides (switcher, profile, browser), so text made while
 * the page is prepared (messages, charts' labels) speaks it too, not only what the page itself renders. A page keeps
 * the language it was shown in until it is loaded again: Faces would otherwise word each update of a tab left open in
 * the language just chosen in another, and the tab would show both.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    /** Where a view that keeps state (its view map) remembers the language it was shown in. */
    static final String SHOWN_IN = LanguageViewHandler.class.getName() + ".shownIn";

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(Language.class).get().getLocale();
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        UIViewRoot root = super.restoreView(context, viewId);
        Map<String, Object> kept = root == null ? null : root.getViewMap(false);
        if (kept != null && kept.get(SHOWN_IN) instanceof Locale shownIn) {
            root.setLocale(shownIn);
        }
        return root;
    }

    /** Remembers the language in the view's own map, when it has one (a page with no view state makes none for this). */
    @Override
    public void renderView(FacesContext context, UIViewRoot root) throws IOException {
        remember(root);
        super.renderView(context, root);
        remember(root); // a view map made while rendering
    }

    private static void remember(UIViewRoot root) {
        Map<String, Object> kept = root.getViewMap(false);
        if (kept != null) {
            kept.putIfAbsent(SHOWN_IN, root.getLocale());
        }
    }
}
