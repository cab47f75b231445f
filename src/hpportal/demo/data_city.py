"""Texts of the demo city portal (Level I) for `hpportal demo`."""

CITY = {
    "title": "Cổng Thông tin điện tử thành phố Hải Phòng",
    "description": (
        "Kênh thông tin chính thức của Ủy ban nhân dân thành phố Hải Phòng, "
        "cung cấp tin tức, văn bản chỉ đạo điều hành và dịch vụ công trực tuyến "
        "cho người dân, doanh nghiệp."
    ),
    "intro": (
        "<h2>Giới thiệu về thành phố Hải Phòng</h2>\n"
        "<p>Hải Phòng là thành phố trực thuộc Trung ương, đô thị loại I cấp quốc gia, "
        "nằm ở vùng duyên hải Bắc Bộ, cách Thủ đô Hà Nội khoảng 100 km. Từ ngày "
        "01/7/2025, sau khi hợp nhất với tỉnh Hải Dương, thành phố có diện tích tự "
        "nhiên hơn 3.100 km², dân số trên 4,6 triệu người, gồm các phường, xã và hai "
        "đặc khu Cát Hải, Bạch Long Vĩ. Địa hình đa dạng với đồng bằng, đồi núi thấp, "
        "bờ biển dài và hệ thống sông ngòi dày đặc như sông Cấm, sông Bạch Đằng, "
        "sông Thái Bình, sông Kinh Thầy.</p>\n"
        "<h2>Lịch sử hình thành và phát triển</h2>\n"
        "<p>Vùng đất Hải Phòng gắn liền với những trang sử hào hùng của dân tộc, "
        "tiêu biểu là ba lần chiến thắng quân xâm lược trên sông Bạch Đằng và cuộc "
        "khởi nghĩa của nữ tướng Lê Chân. Năm 1888, Hải Phòng chính thức được thành "
        "lập. Trải qua các cuộc kháng chiến, quân và dân thành phố đã viết nên "
        'truyền thống "Trung dũng - Quả cảm" được cả nước ghi nhận. Vùng đất Hải '
        "Dương cũ là xứ Đông, quê hương của nhiều danh nhân, với quần thể di tích "
        "Côn Sơn - Kiếp Bạc nổi tiếng.</p>\n"
        "<h2>Kinh tế</h2>\n"
        "<p>Hải Phòng là một trong những địa phương có tốc độ tăng trưởng kinh tế "
        "cao nhất cả nước trong nhiều năm liên tiếp. Các ngành mũi nhọn gồm công "
        "nghiệp chế biến, chế tạo công nghệ cao, dịch vụ cảng biển - logistics, "
        "du lịch và thương mại. Thành phố có nhiều khu công nghiệp, khu kinh tế "
        "hiện đại, thu hút hàng chục tỷ đô la vốn đầu tư trực tiếp nước ngoài.</p>\n"
        "<h2>Cảng biển và giao thông</h2>\n"
        "<p>Hải Phòng là cửa ngõ ra biển quan trọng của các tỉnh phía Bắc, với hệ "
        "thống cảng biển lớn, trong đó bến cảng cửa ngõ quốc tế Lạch Huyện tiếp "
        "nhận được tàu container có trọng tải lớn. Thành phố hội tụ đầy đủ các "
        "phương thức vận tải:</p>\n"
        "<ul>\n"
        "<li>Đường bộ: cao tốc Hà Nội - Hải Phòng, Hải Phòng - Hạ Long - Vân Đồn, "
        "quốc lộ 5, quốc lộ 10;</li>\n"
        "<li>Đường hàng không: Cảng hàng không quốc tế Cát Bi;</li>\n"
        "<li>Đường sắt: tuyến Hà Nội - Hải Phòng;</li>\n"
        "<li>Đường thủy nội địa và đường biển kết nối trong nước và quốc tế.</li>\n"
        "</ul>\n"
        "<h2>Văn hóa và du lịch</h2>\n"
        '<p>Hải Phòng được mệnh danh là "thành phố hoa phượng đỏ", sở hữu quần đảo '
        "Cát Bà - khu dự trữ sinh quyển thế giới, vịnh Lan Hạ, bãi biển Đồ Sơn cùng "
        "nhiều lễ hội truyền thống đặc sắc như Lễ hội Chọi trâu Đồ Sơn, Lễ hội Nữ "
        "tướng Lê Chân, Lễ hội mùa xuân Côn Sơn - Kiếp Bạc. Ẩm thực phong phú với "
        "bánh đa cua, nem cua bể, bánh gai Ninh Giang, bánh đậu xanh Hải Dương đã "
        "trở thành niềm tự hào của người dân thành phố.</p>\n"
    ),
    "organisation": (
        "<h2>Ủy ban nhân dân thành phố Hải Phòng</h2>\n"
        "<p>Ủy ban nhân dân thành phố do Hội đồng nhân dân thành phố bầu, là cơ "
        "quan chấp hành của Hội đồng nhân dân, cơ quan hành chính nhà nước ở địa "
        "phương, chịu trách nhiệm trước Nhân dân thành phố, Hội đồng nhân dân thành "
        "phố và cơ quan hành chính nhà nước cấp trên.</p>\n"
        "<h2>Chức năng, nhiệm vụ</h2>\n"
        "<p>Ủy ban nhân dân thành phố tổ chức thi hành Hiến pháp, pháp luật và nghị "
        "quyết của Hội đồng nhân dân thành phố; xây dựng, trình Hội đồng nhân dân "
        "quyết định kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách; quản "
        "lý nhà nước về đất đai, tài nguyên, môi trường, quy hoạch, xây dựng, giao "
        "thông, giáo dục, y tế, văn hóa, xã hội; bảo đảm quốc phòng, an ninh và "
        "trật tự, an toàn xã hội trên địa bàn.</p>\n"
        "<h2>Cơ cấu tổ chức</h2>\n"
        "<p>Ủy ban nhân dân thành phố gồm Chủ tịch, các Phó Chủ tịch và các Ủy "
        "viên là người đứng đầu cơ quan chuyên môn, Ủy viên phụ trách quân sự, "
        "Ủy viên phụ trách công an. Giúp việc cho Ủy ban nhân dân thành phố có "
        "Văn phòng Ủy ban nhân dân thành phố và các sở, ban, ngành như Sở Tài "
        "chính, Sở Xây dựng, Sở Công Thương, Sở Nội vụ, Sở Y tế, Sở Giáo dục và "
        "Đào tạo, Sở Nông nghiệp và Môi trường, Sở Khoa học và Công nghệ, Sở Văn "
        "hóa, Thể thao và Du lịch.</p>\n"
        "<p>Ủy ban nhân dân thành phố làm việc theo chế độ tập thể kết hợp với đề "
        "cao trách nhiệm cá nhân của Chủ tịch và từng thành viên; chỉ đạo, hướng "
        "dẫn, kiểm tra hoạt động của Ủy ban nhân dân các xã, phường, đặc khu theo "
        "mô hình chính quyền địa phương hai cấp.</p>\n"
    ),
    "contact": {
        "address": "Số 18 Hoàng Diệu, phường Hồng Bàng, thành phố Hải Phòng",
        "phone": "0225 3842 658",
        "hotline": "0225 3842 658",
        "fax": "0225 3842 691",
        "email": "congthongtindientu@haiphong.gov.vn",
        "hours": ("Sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu"),
    },
}

CITY_HEADLINES = [
    # Kinh tế
    "Tăng trưởng kinh tế thành phố quý III đạt mức cao, dẫn đầu vùng đồng bằng sông Hồng",
    "Thu ngân sách nhà nước trên địa bàn thành phố vượt dự toán giao trong chín tháng",
    "Ủy ban nhân dân thành phố triển khai giải pháp thúc đẩy giải ngân vốn đầu tư công",
    "Chỉ số sản xuất công nghiệp toàn thành phố tăng mạnh so với cùng kỳ năm trước",
    "Kim ngạch xuất khẩu của doanh nghiệp trên địa bàn tiếp tục tăng trưởng ổn định",
    "Đánh giá kết quả thực hiện kế hoạch phát triển kinh tế - xã hội sáu tháng đầu năm",
    "Thành phố đẩy mạnh phát triển kinh tế tư nhân theo tinh thần nghị quyết mới của Trung ương",
    "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng khá trong dịp cuối năm",
    "Phát triển hợp tác xã kiểu mới gắn với chuỗi giá trị nông sản chủ lực",
    "Thành phố bảo đảm cung ứng hàng hóa, bình ổn giá cả thị trường dịp Tết Nguyên đán",
    # Cảng biển và logistics
    "Sản lượng hàng hóa thông qua hệ thống cảng biển Hải Phòng đạt mức kỷ lục",
    "Khởi công xây dựng các bến container số 7 và số 8 tại khu bến cảng Lạch Huyện",
    "Thành phố phát triển trung tâm logistics hiện đại gắn với cảng biển và cảng hàng không",
    "Tháo gỡ vướng mắc thủ tục hải quan, rút ngắn thời gian thông quan hàng hóa tại cảng",
    "Tuyến vận tải container mới kết nối cảng Lạch Huyện với các cảng bờ Tây nước Mỹ",
    "Nghiên cứu thành lập khu thương mại tự do gắn với Khu kinh tế Đình Vũ - Cát Hải",
    "Hội thảo nâng cao năng lực cạnh tranh dịch vụ logistics vùng duyên hải Bắc Bộ",
    "Nạo vét luồng hàng hải, bảo đảm an toàn cho tàu trọng tải lớn ra vào cảng",
    "Đẩy nhanh tiến độ xây dựng cảng cạn và trung tâm phân phối hàng hóa phía Tây thành phố",
    "Số hóa quy trình giao nhận container tại các doanh nghiệp cảng biển",
    # Đầu tư
    "Trao giấy chứng nhận đăng ký đầu tư cho nhiều dự án có vốn đầu tư nước ngoài",
    "Thu hút vốn đầu tư trực tiếp nước ngoài của thành phố tiếp tục dẫn đầu cả nước",
    "Hội nghị xúc tiến đầu tư thành phố Hải Phòng năm 2025 thu hút hàng trăm nhà đầu tư",
    "Phó Chủ tịch Ủy ban nhân dân thành phố tiếp đoàn doanh nghiệp Hàn Quốc",
    "Khởi công khu công nghiệp mới, tạo động lực phát triển cho khu vực phía Bắc thành phố",
    "Thành phố đối thoại, tháo gỡ khó khăn cho doanh nghiệp và nhà đầu tư",
    "Cải thiện môi trường đầu tư kinh doanh, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh",
    "Lựa chọn nhà đầu tư thực hiện dự án khu đô thị mới theo hình thức đấu thầu",
    "Doanh nghiệp Nhật Bản mở rộng nhà máy sản xuất linh kiện điện tử tại Hải Phòng",
    "Thẩm định hồ sơ đề xuất dự án đầu tư theo phương thức đối tác công tư",
    # Du lịch
    "Hải Phòng và Đà Nẵng ký kết chương trình hợp tác phát triển du lịch giai đoạn mới",
    "Quần đảo Cát Bà đón lượng khách du lịch tăng cao trong những ngày nghỉ lễ",
    "Khai mạc Lễ hội du lịch biển Đồ Sơn với nhiều hoạt động văn hóa, thể thao hấp dẫn",
    "Phát triển sản phẩm du lịch gắn với di tích Côn Sơn - Kiếp Bạc và văn hóa xứ Đông",
    "Thành phố quảng bá du lịch tại hội chợ du lịch quốc tế ở Thành phố Hồ Chí Minh",
    "Nâng cao chất lượng dịch vụ, bảo đảm an toàn cho du khách tại vịnh Lan Hạ",
    "Liên kết phát triển du lịch giữa Hải Phòng, Quảng Ninh và Ninh Bình",
    "Ra mắt tour du lịch đường sông khám phá các di tích lịch sử trên sông Bạch Đằng",
    # Văn hóa
    "Lễ hội Hoa Phượng Đỏ năm 2025 diễn ra với nhiều hoạt động nghệ thuật đặc sắc",
    "Kỷ niệm 70 năm Ngày giải phóng Hải Phòng với chương trình nghệ thuật quy mô lớn",
    "Trùng tu, tôn tạo di tích lịch sử quốc gia đặc biệt Bạch Đằng Giang",
    "Bảo tồn và phát huy giá trị nghệ thuật hát đúm, múa rối nước truyền thống",
    "Triển lãm ảnh tư liệu về lịch sử hình thành và phát triển thành phố Cảng",
    "Khai mạc Giải chạy Marathon quốc tế Hải Phòng với hàng nghìn vận động viên tham gia",
    "Xây dựng đời sống văn hóa cơ sở tại các xã, phường sau sắp xếp đơn vị hành chính",
    "Lễ hội Nữ tướng Lê Chân được tổ chức trang trọng tại phường Lê Chân",
    # Giáo dục
    "Hơn bốn mươi nghìn thí sinh thành phố bước vào kỳ thi tuyển sinh vào lớp 10",
    "Học sinh Hải Phòng giành nhiều huy chương tại kỳ thi Olympic quốc tế",
    "Thành phố đầu tư xây dựng trường học đạt chuẩn quốc gia tại các xã khó khăn",
    "Tổng kết năm học và triển khai nhiệm vụ trọng tâm của ngành giáo dục",
    "Miễn học phí cho học sinh từ mầm non đến trung học phổ thông trên địa bàn thành phố",
    "Đẩy mạnh dạy và học ngoại ngữ, từng bước đưa tiếng Anh thành ngôn ngữ thứ hai trong trường học",
    "Phát triển nguồn nhân lực chất lượng cao đáp ứng yêu cầu của các khu công nghiệp",
    # Y tế
    "Tăng cường phòng, chống dịch sốt xuất huyết tại các phường có nguy cơ cao",
    "Bệnh viện Hữu nghị Việt Tiệp triển khai thành công kỹ thuật ghép tạng phức tạp",
    "Nâng cao chất lượng khám, chữa bệnh tại các trạm y tế xã, phường",
    "Thành phố triển khai khám sức khỏe định kỳ miễn phí cho người cao tuổi",
    "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trong khu công nghiệp",
    "Đưa vào sử dụng sổ sức khỏe điện tử cho người dân trên toàn thành phố",
    "Chiến dịch tiêm chủng mở rộng cho trẻ em tại các xã vùng sâu, vùng xa",
    # Cải cách hành chính
    "Chính quyền địa phương hai cấp vận hành thông suốt, phục vụ người dân ngày càng tốt hơn",
    "Trung tâm Phục vụ hành chính công thành phố giải quyết hồ sơ đúng và trước hạn",
    "Công bố danh mục thủ tục hành chính mới ban hành thuộc thẩm quyền giải quyết của thành phố",
    "Khảo sát mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính",
    "Rà soát, cắt giảm thủ tục hành chính, tiết kiệm chi phí cho người dân và doanh nghiệp",
    "Kiện toàn bộ máy các cơ quan chuyên môn sau hợp nhất Hải Phòng và Hải Dương",
    "Tăng cường kỷ luật, kỷ cương hành chính trong đội ngũ cán bộ, công chức cấp xã",
    "Công khai kết quả giải quyết hồ sơ thủ tục hành chính trên Cổng dịch vụ công",
    # Chuyển đổi số
    "Hải Phòng đẩy mạnh chuyển đổi số, xây dựng chính quyền số và đô thị thông minh",
    "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình tăng mạnh trong năm nay",
    "Triển khai ứng dụng căn cước điện tử trong giải quyết thủ tục hành chính",
    "Khai trương Trung tâm giám sát, điều hành đô thị thông minh thành phố",
    "Phổ cập kỹ năng số cho người dân thông qua tổ công nghệ số cộng đồng",
    "Thành phố thúc đẩy thanh toán không dùng tiền mặt trong trường học và bệnh viện",
    "Bảo đảm an toàn thông tin mạng cho hệ thống thông tin của các cơ quan nhà nước",
    "Ra mắt nền tảng tiếp nhận phản ánh, kiến nghị của người dân qua ứng dụng di động",
    # Môi trường
    "Thành phố đặt mục tiêu xử lý triệt để rác thải sinh hoạt tại các xã ven biển",
    "Phát động phong trào trồng cây xanh hưởng ứng Ngày Môi trường thế giới",
    "Quan trắc chất lượng không khí tự động tại các khu dân cư và khu công nghiệp",
    "Bảo vệ hệ sinh thái rừng ngập mặn ven biển gắn với phát triển sinh kế bền vững",
    "Xây dựng nhà máy xử lý nước thải sinh hoạt khu vực trung tâm thành phố",
    "Chiến dịch làm sạch bãi biển, giảm thiểu rác thải nhựa tại Đồ Sơn và Cát Bà",
    "Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại các cơ sở sản xuất",
    # Phòng, chống thiên tai
    "Thành phố chủ động ứng phó với bão số 3, bảo đảm an toàn cho người và tàu thuyền",
    "Kiểm tra công tác phòng, chống thiên tai và tìm kiếm cứu nạn tại các tuyến đê biển",
    "Sơ tán hàng nghìn người dân khỏi khu vực nguy hiểm trước khi bão đổ bộ",
    "Gia cố các trọng điểm đê điều xung yếu trước mùa mưa bão",
    "Khắc phục hậu quả mưa lớn, nhanh chóng khôi phục sản xuất và ổn định đời sống nhân dân",
    "Diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn tại đặc khu Cát Hải",
    "Kêu gọi tàu cá vào nơi tránh trú an toàn khi áp thấp nhiệt đới tiến gần bờ",
    "Tiêu úng kịp thời cho diện tích lúa mùa bị ngập sau đợt mưa lớn kéo dài",
    # An sinh xã hội
    "Trao tặng nhà tình nghĩa, nhà đại đoàn kết cho hộ nghèo và gia đình chính sách",
    "Thành phố hoàn thành xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo",
    "Thăm, tặng quà người có công với cách mạng nhân kỷ niệm Ngày Thương binh - Liệt sĩ",
    "Giải quyết việc làm cho hàng chục nghìn lao động thông qua các phiên giao dịch việc làm",
    "Đẩy nhanh tiến độ xây dựng nhà ở xã hội cho công nhân các khu công nghiệp",
    "Chăm lo Tết cho người nghèo, người có hoàn cảnh khó khăn trên địa bàn thành phố",
    "Mở rộng diện bao phủ bảo hiểm xã hội tự nguyện và bảo hiểm y tế hộ gia đình",
    "Hỗ trợ học bổng cho học sinh, sinh viên vượt khó học giỏi",
    # Hạ tầng và đô thị
    "Thông xe cầu vượt sông nối liền khu vực phía Bắc với trung tâm thành phố",
    "Khởi công dự án đường ven biển đoạn qua địa bàn thành phố Hải Phòng",
    "Chỉnh trang đô thị, cải tạo các tuyến phố trung tâm và không gian công cộng",
    "Phê duyệt điều chỉnh quy hoạch chung thành phố Hải Phòng đến năm 2040, tầm nhìn đến năm 2050",
    "Đưa Cảng hàng không quốc tế Cát Bi mở rộng vào khai thác, nâng cao năng lực phục vụ",
    "Đầu tư nâng cấp tuyến đường tỉnh, kết nối thuận lợi giữa các xã phía Tây thành phố",
    # Nông nghiệp và thủy sản
    "Xây dựng vùng trồng vải thiều Thanh Hà đạt tiêu chuẩn xuất khẩu",
    "Phát triển nuôi trồng thủy sản bền vững, chống khai thác bất hợp pháp",
    "Nông dân các xã phía Tây thu hoạch lúa xuân đạt năng suất cao",
    "Xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu tại các xã",
    # Hội đồng nhân dân, sự kiện chung
    "Kỳ họp thường lệ Hội đồng nhân dân thành phố thông qua nhiều nghị quyết quan trọng",
    "Ủy ban nhân dân thành phố họp phiên thường kỳ tháng, cho ý kiến nhiều nội dung quan trọng",
    "Tiếp công dân định kỳ, giải quyết dứt điểm đơn thư khiếu nại kéo dài",
    "Bảo đảm trật tự an toàn giao thông trong dịp nghỉ lễ Quốc khánh 2/9",
    "Thành phố tổ chức gặp mặt kiều bào nhân dịp đón Tết cổ truyền dân tộc",
    "Tăng cường quan hệ hữu nghị, hợp tác với các địa phương của Trung Quốc và Hàn Quốc",
]

CITY_SUBJECTS = [
    "kinh tế",
    "cảng biển",
    "logistics",
    "đầu tư",
    "du lịch",
    "văn hóa",
    "giáo dục",
    "y tế",
    "cải cách hành chính",
    "chuyển đổi số",
    "môi trường",
    "phòng, chống thiên tai",
    "an sinh xã hội",
    "đô thị",
    "nông nghiệp",
]

LEADS = [
    "Sáng {date}, tại {place}, Ủy ban nhân dân thành phố tổ chức hội nghị triển khai nhiệm vụ trọng tâm trong thời gian tới.",
    "Chiều {date}, tại {place}, đồng chí Phó Chủ tịch Ủy ban nhân dân thành phố chủ trì cuộc họp nghe báo cáo tiến độ thực hiện.",
    "Ngày {date}, đoàn công tác của thành phố đã đến kiểm tra thực tế tại {place}.",
    "Sáng {date}, tại {place}, thành phố long trọng tổ chức lễ kỷ niệm với sự tham dự của đông đảo cán bộ và nhân dân.",
    "Ngày {date}, Văn phòng Ủy ban nhân dân thành phố ban hành thông báo kết luận về nội dung này.",
    "Tại {place}, các sở, ngành và địa phương đã báo cáo kết quả thực hiện, đồng thời đề xuất giải pháp tháo gỡ khó khăn, vướng mắc.",
    "Chiều {date}, tại {place}, Ban Chỉ đạo thành phố họp đánh giá kết quả và bàn phương hướng triển khai trong giai đoạn tiếp theo.",
    "Sáng {date}, lãnh đạo thành phố đã đi kiểm tra, đôn đốc tiến độ triển khai các công trình trọng điểm tại {place}.",
    "Với sự chuẩn bị chu đáo, sự kiện diễn ra tại {place} đã để lại ấn tượng tốt đẹp đối với người dân và du khách.",
    "Ngày {date}, Ủy ban nhân dân thành phố ban hành kế hoạch triển khai, giao nhiệm vụ cụ thể cho từng sở, ngành, địa phương.",
    "Sáng {date}, tại {place}, hội nghị sơ kết sáu tháng đã được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến các xã, phường, đặc khu.",
    "Thực hiện chỉ đạo của Ủy ban nhân dân thành phố, từ ngày {date}, các lực lượng chức năng đã đồng loạt ra quân tại {place}.",
    "Tối {date}, tại {place}, chương trình nghệ thuật đặc biệt đã diễn ra trong không khí trang trọng, ấm cúng.",
    "Ngày {date}, tại {place}, thành phố tổ chức lễ khởi công, đánh dấu bước khởi đầu quan trọng của dự án.",
    "Chiều {date}, tại {place}, Sở Tài chính phối hợp với các đơn vị liên quan tổ chức hội nghị đối thoại với doanh nghiệp.",
    "Trong không khí phấn khởi, sáng {date}, hàng trăm đại biểu đã về dự buổi lễ tại {place}.",
    "Sáng {date}, tại {place}, đồng chí Chủ tịch Ủy ban nhân dân thành phố đã tiếp và làm việc với đoàn công tác.",
    "Theo báo cáo của các cơ quan chuyên môn, tính đến ngày {date}, nhiều chỉ tiêu quan trọng đã đạt và vượt kế hoạch đề ra.",
    "Ngày {date}, tại {place}, Ủy ban nhân dân thành phố phối hợp với các bộ, ngành Trung ương tổ chức hội thảo chuyên đề.",
    "Để kịp thời ứng phó với diễn biến phức tạp của thời tiết, ngày {date}, Ban Chỉ huy Phòng thủ dân sự thành phố đã ban hành công điện khẩn.",
    "Sáng {date}, tại {place}, lực lượng chức năng phối hợp với chính quyền địa phương tổ chức diễn tập theo phương án đã được phê duyệt.",
    "Tại buổi làm việc ở {place}, lãnh đạo thành phố ghi nhận, biểu dương những kết quả mà đơn vị đã đạt được thời gian qua.",
    "Chiều {date}, Ủy ban nhân dân thành phố tổ chức họp báo cung cấp thông tin về tình hình kinh tế - xã hội của thành phố.",
    "Ngày {date}, tại {place}, các doanh nghiệp và nhà đầu tư đã ký kết biên bản ghi nhớ hợp tác trong nhiều lĩnh vực.",
    "Từ ngày {date}, người dân có thể thực hiện thủ tục trực tuyến mà không cần đến trực tiếp cơ quan nhà nước.",
    "Sáng {date}, tại {place}, đông đảo đoàn viên, thanh niên và người dân đã tham gia hưởng ứng phong trào.",
    "Hoạt động diễn ra tại {place} góp phần lan tỏa tinh thần đoàn kết, trách nhiệm của cộng đồng.",
    "Ngày {date}, đoàn công tác của thành phố đã đến thăm, tặng quà các gia đình chính sách, hộ nghèo tại {place}.",
    "Sáng {date}, tại {place}, ngành giáo dục thành phố tổ chức lễ tổng kết và trao thưởng cho các tập thể, cá nhân tiêu biểu.",
    "Chiều {date}, tại {place}, ngành y tế thành phố triển khai đợt cao điểm kiểm tra, giám sát trên địa bàn.",
    "Theo kế hoạch, chương trình được tổ chức tại {place} từ ngày {date} với nhiều hoạt động thiết thực, ý nghĩa.",
    "Sáng {date}, Hội đồng nhân dân thành phố khai mạc kỳ họp tại {place} để xem xét, quyết định nhiều nội dung quan trọng.",
    "Ngày {date}, tại {place}, thành phố tổ chức lễ trao quyết định và giấy chứng nhận cho các đơn vị, nhà đầu tư.",
    "Với mục tiêu nâng cao chất lượng phục vụ người dân, thành phố đã triển khai đồng bộ nhiều giải pháp kể từ ngày {date}.",
    "Chiều {date}, lãnh đạo thành phố trực tiếp kiểm tra công tác chuẩn bị tại {place} và chỉ đạo khắc phục ngay những tồn tại.",
    "Sáng {date}, tại {place}, Sở Văn hóa, Thể thao và Du lịch tổ chức lễ khai mạc với sự tham gia của đông đảo du khách.",
    "Ngày {date}, thành phố phát động đợt thi đua cao điểm, chào mừng các ngày lễ lớn của đất nước.",
    "Tại {place}, các đại biểu đã tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết, sát với thực tiễn.",
    "Sáng {date}, tại {place}, diễn ra lễ ra mắt mô hình mới, đánh dấu bước tiến trong công tác chuyển đổi số của thành phố.",
    "Trước diễn biến của thời tiết, ngày {date}, các lực lượng đã có mặt tại {place} để hỗ trợ người dân bảo đảm an toàn.",
    "Chiều {date}, tại {place}, Ủy ban nhân dân thành phố tổ chức lễ tiếp nhận ủng hộ của các cơ quan, doanh nghiệp và nhà hảo tâm.",
    "Ngày {date}, ngành chức năng thành phố công bố kết quả khảo sát, đánh giá với nhiều chuyển biến tích cực.",
    "Sáng {date}, tại {place}, đông đảo nhân dân và du khách đã tham dự buổi lễ trong không khí trang nghiêm, thành kính.",
    "Theo Sở Nông nghiệp và Môi trường, đến ngày {date}, công tác chuẩn bị đã cơ bản hoàn thành theo đúng kế hoạch.",
    "Chiều {date}, tại {place}, đoàn đại biểu thành phố đã có buổi làm việc với chính quyền và nhân dân địa phương.",
    "Buổi làm việc tại {place} nhằm đánh giá kết quả thực hiện nhiệm vụ và thống nhất giải pháp trong thời gian tới.",
    "Ngày {date}, tại {place}, hội nghị tổng kết đã được tổ chức nhằm đánh giá toàn diện kết quả đạt được và rút ra bài học kinh nghiệm.",
    "Sáng {date}, Ủy ban nhân dân thành phố ban hành văn bản chỉ đạo các sở, ngành, địa phương khẩn trương triển khai thực hiện.",
    "Tại {place}, người dân phấn khởi khi các công trình thiết yếu được đưa vào sử dụng, góp phần cải thiện đời sống.",
    "Chiều {date}, tại {place}, Sở Xây dựng chủ trì cuộc họp với các chủ đầu tư, nhà thầu để đẩy nhanh tiến độ thi công.",
    "Ngày {date}, tại {place}, thành phố tổ chức phiên giao dịch việc làm với hàng nghìn vị trí tuyển dụng.",
    "Sáng {date}, đoàn công tác liên ngành đã tiến hành kiểm tra thực tế tại {place} và làm việc với các đơn vị liên quan.",
    "Hưởng ứng chương trình do thành phố phát động, ngày {date}, nhiều hoạt động ý nghĩa đã được tổ chức tại {place}.",
    "Tối {date}, tại {place}, lễ hội chính thức khai mạc với màn trình diễn nghệ thuật và bắn pháo hoa rực rỡ.",
    "Ngày {date}, tại {place}, Ủy ban nhân dân thành phố tổ chức hội nghị gặp mặt các doanh nghiệp tiêu biểu.",
]

PLACES = [
    "Nhà hát thành phố",
    "Trung tâm Hội nghị thành phố",
    "trụ sở Ủy ban nhân dân thành phố",
    "Trung tâm Phục vụ hành chính công thành phố",
    "Quảng trường Nhà hát thành phố",
    "cảng Lạch Huyện",
    "cảng Chùa Vẽ",
    "Cảng hàng không quốc tế Cát Bi",
    "Khu kinh tế Đình Vũ - Cát Hải",
    "Khu công nghiệp Nam Đình Vũ",
    "Khu công nghiệp Tràng Duệ",
    "phường Hồng Bàng",
    "phường Lê Chân",
    "phường Ngô Quyền",
    "phường Hải An",
    "phường Kiến An",
    "phường Đồ Sơn",
    "phường Thủy Nguyên",
    "phường Hải Dương",
    "phường Chí Linh",
    "phường Kinh Môn",
    "xã An Lão",
    "xã Tiên Lãng",
    "xã Vĩnh Bảo",
    "xã Kiến Thụy",
    "xã Thanh Hà",
    "xã Ninh Giang",
    "xã Gia Lộc",
    "xã Cẩm Giàng",
    "đặc khu Cát Hải",
    "đặc khu Bạch Long Vĩ",
    "Khu di tích Côn Sơn - Kiếp Bạc",
    "Khu di tích lịch sử Bạch Đằng Giang",
    "Vườn quốc gia Cát Bà",
    "Bệnh viện Hữu nghị Việt Tiệp",
    "Trường Đại học Hàng hải Việt Nam",
]

AUTHORS = [
    "Minh Anh",
    "Thu Hà - Văn Dũng",
    "Hoàng Long",
    "Ngọc Lan",
    "Quang Huy",
    "Phương Thảo",
    "Đức Mạnh - Thanh Tâm",
    "Hải Yến",
    "Trần Tuấn",
    "Lê Hương",
    "Bảo Ngọc",
    "Văn Thắng",
    "Thanh Bình - Mai Linh",
    "Nguyễn Khánh",
    "Hồng Nhung",
]

SOURCES = [
    "Văn phòng UBND thành phố",
    "Báo Hải Phòng",
    "Sở Giáo dục và Đào tạo",
    "Sở Xây dựng",
    "Sở Tài chính",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Khoa học và Công nghệ",
    "Sở Nông nghiệp và Môi trường",
]
