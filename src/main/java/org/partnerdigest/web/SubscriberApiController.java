package org.partnerdigest.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.partnerdigest.digest.Subscriptions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/subscribers}: signs an address up for the digest (double opt-in). Answers 202
 * whether or not the address was known, so the API reveals nothing about who subscribes; a bad
 * address or topic is a 400 problem naming the field.
 */
@RestController
class SubscriberApiController {

  /** The request body; {@code topics} empty or missing means every topic. */
  record SubscribeRequest(String email, List<String> topics) {}

  private final Subscriptions subscriptions;

  SubscriberApiController(Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @PostMapping("/api/subscribers")
  @Operation(
      summary = "Sign an address up for the weekly digest (double opt-in)",
      description =
          "Answers 202 whether or not the address was known; a bad address or topic is a 400"
              + " problem detail with a `field`. Empty or missing `topics`: every topic.")
  ResponseEntity<Map<String, String>> subscribe(@RequestBody SubscribeRequest request) {
    subscriptions.subscribe(request.email(), request.topics(), Subscriptions.Channel.API);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(
            Map.of(
                "status",
                "accepted",
                "detail",
                "If this address can receive mail, a confirmation link is on its way."));
  }
}
