package id.infoloker.account.privacy;

import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PersonalDataController {

    private final PersonalData personalData;

    PersonalDataController(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Operation(operationId = "exportMyData", summary = "Export everything stored about me")
    @ApiResponse(responseCode = "200", description = "My personal data; never cached.")
    @ApiProblem(status = 404, codes = "account-not-found")
    @GetMapping("/api/accounts/me/export")
    ResponseEntity<PersonalDataExport> export(AuthenticatedAccount caller,
                                              @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(personalData.export(caller.id(), authorization));
    }

    /** 204 once erased; the caller's access token stops finding the account at once and expires within minutes. */
    @Operation(operationId = "eraseMyAccount", summary = "Erase my account and personal data")
    @ApiResponse(responseCode = "204", description = "Erased.")
    @ApiProblem(status = 404, codes = "account-not-found")
    @DeleteMapping("/api/accounts/me")
    ResponseEntity<Void> erase(AuthenticatedAccount caller) {
        personalData.erase(caller.id());
        return ResponseEntity.noContent().build();
    }
}
