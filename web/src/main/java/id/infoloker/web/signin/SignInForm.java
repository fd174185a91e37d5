package id.infoloker.web.signin;

/** What the "Masuk" form sends. The password is never put back into a page. */
public record SignInForm(String username, String password, String next) {

    @Override
    public String toString() {
        return "SignInForm[next=" + next + "]";
    }
}
