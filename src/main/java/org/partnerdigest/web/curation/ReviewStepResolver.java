package org.partnerdigest.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Builds the {@link ReviewStep} argument of curation handlers from the request and its model. */
final class ReviewStepResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == ReviewStep.class;
  }

  @Override
  public ReviewStep resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
    String step = request.getParameter("step");
    return new ReviewStep(
        step == null ? "review" : step,
        request.getParameter("version"),
        container.getModel(),
        request,
        webRequest.getNativeResponse(HttpServletResponse.class));
  }
}
