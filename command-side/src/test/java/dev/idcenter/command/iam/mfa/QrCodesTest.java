package dev.idcenter.command.iam.mfa;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.idcenter.command.mfa.Base32;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodesTest {

    @Test
    void givenOtpauthUris_whenDrawnAsPng_thenAQrReaderReadsThemBack() throws Exception {
        for (int i = 0; i < 40; i++) {
            byte[] seed = new byte[20];
            new java.util.Random(i).nextBytes(seed);
            String uri = "otpauth://totp/device-" + "x".repeat(i * 3) + "@123456789012?secret=" + Base32.encode(seed);
            byte[] png = QrCodes.png(uri);

            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            assertThat(read(png)).isEqualTo(uri);
        }
    }

    static String read(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
