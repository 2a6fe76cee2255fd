package org.marigold.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page address whose parameters do not convert ({@code ?r=abc}, an id past the largest number) names no page: 404.
 * Without this Faces skips the page's view action and renders it with nothing loaded, which failed with a 500.
 */
public class MalformedAddress implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed()) {
            try {
                context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
